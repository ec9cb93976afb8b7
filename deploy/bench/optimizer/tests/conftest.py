import os
import sys

# The tests import optbench and the example plug-in the way run.sh runs them: from this folder.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
