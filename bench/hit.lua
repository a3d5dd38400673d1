-- wrk script: POST one article (its path given in ARTICLE_JSON) to /summarize; after the first, every answer is a cache hit.
local f = assert(io.open(os.getenv("ARTICLE_JSON"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
