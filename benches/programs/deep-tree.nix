# Deep structures: a binary tree of sets with 2^19 int leaves, built twice, both
# forced with `deepSeq`, then compared with `==`.
let
  tree =
    depth: i:
    if depth == 0 then
      i
    else
      {
        left = tree (depth - 1) (2 * i);
        right = tree (depth - 1) (2 * i + 1);
        inherit depth;
      };
  a = tree 19 0;
  b = tree 19 0;
in
builtins.deepSeq a (builtins.deepSeq b (a == b))
