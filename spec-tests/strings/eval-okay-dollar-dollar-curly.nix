# $${ is a literal dollar followed by a literal ${
"$${x}"
