"""The network doctor: could a phone in the room reach this laptop, and if not, what to do.

Qt-free: `checks.diagnose` runs the checks, `firewall` reads the system's firewall and
`fixes` words the fix, `hotspot` gives the steps for the laptop's own hotspot, and `watch.PhoneWatch`
answers the self-check and notices the first phone. The console's sign-in panel shows the results.
"""
