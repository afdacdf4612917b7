# path components may start with a dot
[ /a/.hidden /a/..b ]
