# With --show-trace each call adds "from call site" and "while calling 'f'"; the
# repeated frames of the recursion fold into one line.
let f = n: if n == 0 then throw "bottom" else { v = f (n - 1); }.v; in f 5
