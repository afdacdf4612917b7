# URIs with various schemes and characters
[ mailto:me@example.com ftp://x.y/z file:///etc/hosts git+ssh://a.b/c ]
