# restricted mode: interpolating a path outside the allowed ones
"${/etc/passwd}"
