# C++ Nix fills a `let` or `rec` frame, and a call's formals, in symbol order (the order
# names were created): a binding that refers to one filled later gets a value cell of its
# own, one that refers to one filled earlier shares that cell, which the printer shows as
# «repeated». `key` is a start-up symbol, so it is filled before `c`.
{
  rec1 = rec { c = [ 0 ]; key = c; };
  rec2 = rec { c = [ 0 ]; b = c; };
  let1 = let c = [ 0 ]; key = c; in [ c key ];
  let2 = let a = [ 1 ]; b = a; in [ b a ];
  formals1 = ({ a ? b, b ? [ 1 ] }: [ a b ]) { };
  formals2 = ({ b ? [ 1 ], a ? b }: [ a b ]) { };
}
