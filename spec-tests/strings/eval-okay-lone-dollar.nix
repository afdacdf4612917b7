# a lone $ not followed by { is literal
[ "$" "a$" "$a" "$$" "a$ {b}" ]
