# tryEval only evaluates to weak head normal form
(builtins.tryEval { a = throw "inner"; }).success
