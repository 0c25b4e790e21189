"""Names of the labs' codes in the visitor's language."""
from flask_babel import lazy_gettext as _l

CATEGORY_LABELS = {
    "electron-microscope": _l("Electron microscope"), "optical-microscope": _l("Optical microscope"),
    "mass-spectrometer": _l("Mass spectrometer"), "chromatograph": _l("Chromatograph"),
    "spectrometer": _l("Spectrometer"), "x-ray": _l("X-ray diffraction and imaging"), "nmr": _l("NMR"),
    "sequencer": _l("DNA sequencer"), "pcr": _l("PCR system"), "bioreactor": _l("Bioreactor"),
    "cleanroom": _l("Cleanroom"), "lithography": _l("Lithography"), "deposition": _l("Thin-film deposition"),
    "semiconductor-test": _l("Semiconductor test"), "3d-printer": _l("3D printer"), "cnc": _l("CNC machining"),
    "robotics": _l("Robotics"), "hpc": _l("High-performance computing"), "gpu-cluster": _l("GPU cluster"),
    "network-testbed": _l("Network testbed"), "rf-test": _l("RF and microwave test"),
    "materials-test": _l("Materials testing"), "thermal-analysis": _l("Thermal analysis"),
    "environmental-chamber": _l("Environmental chamber"), "other": _l("Other instrument"),
}
CONDITION_LABELS = {"new": _l("New"), "good": _l("Good"), "fair": _l("Fair"), "needs-repair": _l("Needs repair"),
                    "out-of-service": _l("Out of service")}
LAB_SORT_LABELS = {"name": _l("Name"), "newest": _l("Newest"), "capacity": _l("Open hours (most first)")}
EQUIPMENT_SORT_LABELS = {"name": _l("Name"), "newest": _l("Newest"), "fee": _l("Hourly fee (lowest first)"),
                         "value": _l("Purchase value (highest first)")}
YES_NO_LABELS = {"yes": _l("Yes"), "no": _l("No")}
