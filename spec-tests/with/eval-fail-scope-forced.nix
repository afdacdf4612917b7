# the with set is forced when a variable lookup reaches it
with (throw "forced"); y
