-- POST /api/v1/checks with the reference story as the body (wrk -s).
dofile(os.getenv("BELLWETHER_LOAD") .. "/statuses.lua")
local file = io.open(os.getenv("BELLWETHER_STORY"), "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
