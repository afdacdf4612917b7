# == of two distinct lists nested 100000 deep compares them to the bottom without a crash
let
  nest = n: if n == 0 then 1 else [ (nest (n - 1)) ];
in
nest 100000 == nest 100000
