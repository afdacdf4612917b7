# findFile: a prefix matches whole leading components only
builtins.map (n: (builtins.tryEval (builtins.findFile [ { prefix = "t"; path = ../../fixtures/store/tree; } ] n)).success) [ "t/a.txt" "ta.txt" "t" ]
