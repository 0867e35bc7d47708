-- Counts the answers of a wrk run by HTTP status, over every thread, and prints them as one line at the end:
--   statuses: 200=1234 429=56
-- Loaded by the other scripts (dofile) or given alone (wrk -s); api-load.sh reads the line.
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init()
  statuses = {}
end

function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function done()
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local keys = {}
  for status in pairs(total) do keys[#keys + 1] = status end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do parts[#parts + 1] = status .. "=" .. total[status] end
  io.write("statuses: " .. table.concat(parts, " ") .. "\n")
end
