# moderately deep recursion works
let count = n: if n == 0 then 0 else 1 + count (n - 1); in count 5000
