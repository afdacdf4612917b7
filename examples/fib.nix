# A small real program: memoised Fibonacci numbers through a recursive set, a fold
# over a list, string interpolation and an attribute set result.
let
  fibs = builtins.genList fib 30;
  fib = n: if n < 2 then n else builtins.elemAt fibs (n - 1) + builtins.elemAt fibs (n - 2);
  sum = builtins.foldl' (a: b: a + b) 0;
in
{
  first = builtins.genList fib 10;
  fib29 = fib 29;
  total = sum fibs;
  message = "the 29th Fibonacci number is ${toString (fib 29)}";
}
