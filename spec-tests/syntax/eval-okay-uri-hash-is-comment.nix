# a # cannot be part of a URI literal: it starts a comment
[ http://example.org/a#frag
]
