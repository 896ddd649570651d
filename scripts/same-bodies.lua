-- wrk script for scripts/bench-http.sh: checks that under load every 200 response of a version
-- (its ETag) carries the same body, and the same body as a single request of that version made
-- before the run (the reference's server serves wrong data under load). Fields that are a
-- function of the clock, not of the version (timestamps, ages, uptime), are blanked first.
--
--   wrk -c200 -s scripts/same-bodies.lua URL -- REFERENCE_FILE
-- REFERENCE_FILE: the ETag on the first line (empty if none), the single request's body after it.

local seen = {}
checked, differing, other_status, no_etag = 0, 0, 0, 0
local threads = {}
local reference_etag, reference_body

local function normalize(body)
  body = body:gsub('"timestamp":"[^"]*"', '"timestamp":_')
  body = body:gsub('"server_uptime":[%d%.]+', '"server_uptime":_')
  body = body:gsub('"server_uptime_human":"[^"]*"', '"server_uptime_human":_')
  body = body:gsub('"([%w_]*age_seconds)":[%d%.]+', '"%1":_')
  body = body:gsub('"([%w_]+_s)":[%d%.]+', '"%1":_')
  return body
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = io.open(args[1], "r")
  reference_etag = file:read("*l")
  if reference_etag == nil or reference_etag == "" then
    reference_etag = "(none)"
  end
  reference_body = normalize(file:read("*a"))
  file:close()
  seen[reference_etag] = reference_body
end

function response(status, headers, body)
  if status ~= 200 then
    other_status = other_status + 1
    return
  end
  local etag = headers["ETag"] or headers["etag"]
  if etag == nil then
    -- a response without ETag (/health) has one version: the same body, clock fields aside
    no_etag = no_etag + 1
    etag = "(none)"
  end
  local normalized = normalize(body)
  local first = seen[etag]
  if first == nil then
    seen[etag] = normalized
  elseif first ~= normalized then
    differing = differing + 1
  end
  checked = checked + 1
end

function done(summary, latency, requests)
  local total = {checked = 0, differing = 0, other_status = 0, no_etag = 0}
  local versions = {}
  for _, thread in ipairs(threads) do
    for key, _ in pairs(total) do
      total[key] = total[key] + thread:get(key)
    end
  end
  -- bodies of one ETag seen first by different threads must agree too
  local across = 0
  for _, thread in ipairs(threads) do
    for etag, body in pairs(thread:get("seen_export") or {}) do
      if versions[etag] == nil then
        versions[etag] = body
      elseif versions[etag] ~= body then
        across = across + 1
      end
    end
  end
  local count = 0
  for _ in pairs(versions) do count = count + 1 end
  io.write(string.format("same-bodies: %d checked, %d differing, %d differing across threads, %d versions, %d non-200, %d without ETag\n",
    total.checked, total.differing, across, count, total.other_status, total.no_etag))
end

-- the threads' first body per ETag, readable from done()
function request()
  seen_export = seen
  return wrk.request()
end
