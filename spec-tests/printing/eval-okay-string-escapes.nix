# printed strings escape quotes, backslashes, newlines, tabs, CR and ${
[ "q\"q" "b\\b" "n\nn" "t\tt" "r\rr" "d\${d}" "$" ]
