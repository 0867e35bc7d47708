-- GET the path in BELLWETHER_PATH with as_of rotating over the sessions in BELLWETHER_DATES (one per line), so that
-- every request asks a question not yet cached: the heavy endpoints' bounds (429 when full) at work (wrk -s).
dofile(os.getenv("BELLWETHER_LOAD") .. "/statuses.lua")
local dates = {}
for line in io.lines(os.getenv("BELLWETHER_DATES")) do dates[#dates + 1] = line end
local path = os.getenv("BELLWETHER_PATH")
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", path .. "&as_of=" .. dates[(counter % #dates) + 1])
end
