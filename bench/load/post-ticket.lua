-- POST /api/v1/alerts/tickets: a single-use ticket for the alert stream (wrk -s).
dofile(os.getenv("BELLWETHER_LOAD") .. "/statuses.lua")
wrk.method = "POST"
