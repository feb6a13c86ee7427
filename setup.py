"""Packaging detail pyproject.toml cannot say: ui/ and resources/ ship inside the package."""

from setuptools import find_packages, setup

DATA_DIRS = {"coprod_desktop.ui": "ui", "coprod_desktop.resources": "resources"}

setup(
    packages=[*find_packages(include=["coprod_desktop", "coprod_desktop.*"]), *DATA_DIRS],
    package_dir=DATA_DIRS,
    package_data={name: ["**/*"] for name in DATA_DIRS},
    include_package_data=True,
)
