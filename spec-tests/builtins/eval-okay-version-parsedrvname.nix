# parseDrvName splits at the first dash not followed by a letter
map builtins.parseDrvName [ "nix-0.12pre12876" "apache-httpd-2.0.48" "a" "a-" "a-b" "a-1" "-1" "a--1" "a-.1" "a-B-1" "foo-é" "a-_1" "" ]
