# JSON string escaping
[ "q\"q" "b\\b" "n\nn" "t\tt" "r\rr" "/" "é" "$" ]
