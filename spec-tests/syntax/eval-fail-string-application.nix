# two adjacent strings form an application
"a" "b"
