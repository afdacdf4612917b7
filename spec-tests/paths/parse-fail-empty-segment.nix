# a path may not contain //
./a//b
