# dirOf on strings: std::filesystem parent_path rules (repeated slashes, root, trailing slash)
map builtins.dirOf [ "" "/" "//" "///" "a" "a/" "a//" "/a" "/a/b" "/a/b/" "a/b//" "./." "." ".." "/a/./b/.." "//a" "///a" "a//b" "a///b//" "/a//b" "//a//" ]
