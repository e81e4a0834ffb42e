"""One page, hammered back to back by each simulated client.

The benchmark (``bench/load.py``) drives this with locust as a library, one page and one
concurrency at a time. It also works with locust's own command line, e.g.::

    BENCH_PATH=/board/ BENCH_SESSION=<sessionid> .venv/bin/locust -f bench/locustfile.py \\
        --headless --only-summary -u 8 -r 8 -t 15s --host http://127.0.0.1:8000

Every answer other than 200 counts as an error; redirects are not followed, so an expired
session shows up as errors (302 to the sign-in page), not as fast sign-in pages.
"""

import os

from locust import FastHttpUser, constant, task


class PageUser(FastHttpUser):
    # Closed loop: a client sends its next request as soon as the last one is answered.
    wait_time = constant(0)
    path: str = os.environ.get("BENCH_PATH", "/healthz")
    session: str = os.environ.get("BENCH_SESSION", "")
    network_timeout = 60.0
    connection_timeout = 10.0

    @task
    def get_page(self) -> None:
        headers = {"Cookie": f"sessionid={self.session}"} if self.session else {}
        with self.client.get(
            self.path, headers=headers, allow_redirects=False, catch_response=True, name=self.path
        ) as response:
            if response.status_code == 200:
                response.success()
            else:
                response.failure(f"HTTP {response.status_code}")
