-- wrk script: one machine-readable line at the end of a run, read by gateway-vs-nginx.sh.
-- BENCH <requests> <seconds> <p50 us> <p99 us> <socket errors> <responses with status >= 400>
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %.3f %d %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout, e.status))
end
