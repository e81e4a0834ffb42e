-- wrk script of the Rebound benchmark (bench/wrk.py runs it; see the README).
--
--   BENCH_COOKIE="sessionid=..." wrk -t1 -c8 -d10s -s bench/wrk.lua http://127.0.0.1:8012/board/
--
-- Sends the session cookie of the measured user (none for /healthz), counts every answer
-- that is not a 200 (a redirect to the sign-in page is an error, not a fast page), and
-- prints one line, "BENCH {json}", with exact figures in microseconds for bench/wrk.py.

local cookie = os.getenv("BENCH_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_200 = 0
  last_status = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_200 = not_200 + 1
    last_status = status
  end
end

function done(summary, latency, requests)
  local wrong, status = 0, 0
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("not_200")
    if thread:get("last_status") ~= 0 then
      status = thread:get("last_status")
    end
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p90_us": %d, '
      .. '"p99_us": %d, "max_us": %d, "mean_us": %.1f, "not_200": %d, "last_status": %d, '
      .. '"socket_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, wrong, status,
    errors.connect + errors.read + errors.write, errors.timeout
  ))
end
