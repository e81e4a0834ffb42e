"""Demo and benchmark data: the ``seed_demo`` command.

On the top layer because it fills every domain at once (applications, rejections and
their letters), going through the domains' own services and facts.
"""
