package dev.yoyak.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import io.restassured.response.Response;

/** Many clients at once: one thread per request, all sent together, the answers in order. */
public final class Crowd {

    private Crowd() {
    }

    /** Sends {@code request} for each of {@code inputs} from its own client thread and waits for every answer. */
    public static <T> List<Response> send(List<T> inputs, Function<T, Response> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(inputs.size());
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<Response> call = () -> request.apply(input);
                futures.add(clients.submit(call));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            clients.shutdownNow();
        }
    }
}
