# import requires a path or string
import 42
