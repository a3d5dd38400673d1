package dev.yoyak.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One REST endpoint, so the bare service starts RESTEasy Reactive as yoyak does. */
@Path("/hello")
public class HelloResource {

    @GET
    public String hello() {
        return "hello";
    }
}
