"""A mail server for tests: Django's in-memory backend under another name.

Pages offer "Send" only when a real mail server is configured (``core.mail``), and Django's
own in-memory backend counts as none. The tests run as if a server were there, so what
is "sent" lands in ``django.core.mail.outbox`` as usual.
"""

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class EmailBackend(LocmemBackend):
    pass
