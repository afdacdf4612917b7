# conditional expression
[ (if true then "yes" else "no") (if false then "yes" else "no") ]
