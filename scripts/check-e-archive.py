#!/usr/bin/python3
"""Checks an e-archive package that Paragraf wrote (docs/e-archive.md), as an archive would:

  1. both METS files valid against METS 1.12 (xmllint --nonet --schema, offline via catalog.xml);
  2. the E-ARK CSIP 2.1.0 Schematron rules on the root METS.xml (every failed assertion with
     role ERROR is a defect);
  3. the PREMIS file's required structure (no PREMIS 3 schema ships with Debian, so the parts
     PREMIS 3 requires are asserted here: see REQUIRED_PREMIS below);
  4. the CSIP structure: the required files and folders, every file referenced from a METS, every
     reference pointing at a file, every size and SHA-256 matching;
  5. with --preflight, every PDF passing Apache PDFBox Preflight as PDF/A-1b.

PACKAGE is the package's folder, or the package as one tar file (paragraf-cli archive --tar).
A tar is first checked as a packed package (CSIPSTR1-3): Python's tarfile and GNU tar read it
alike, it holds the root folder as its one top-level entry and nothing but folders and files
inside it (no name that leaves it), every entry with uid and gid 0 and the package's creation
as its mtime; GNU tar extracts it, the files extracted are the bytes tarfile reads, and the
folder extracted goes through every check above.

Usage: check-e-archive.py PACKAGE --schemas resources/e-ark [--preflight]
Prints each defect on a line and exits 1 when there is any, 0 otherwise.
Runs under Debian's /usr/bin/python3 with python3-lxml.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from datetime import datetime

from lxml import etree, isoschematron

METS = "http://www.loc.gov/METS/"
XLINK = "http://www.w3.org/1999/xlink"
PREMIS = "http://www.loc.gov/premis/v3"
NS = {"mets": METS, "xlink": XLINK, "premis": PREMIS}

# The E-ARK validator fills in these placeholders of the Schematron rules with its vocabularies;
# the ones that concern us are spelled out here (CSIP 2.1.0 vocabularies).
CONTENT_CATEGORY = [
    "Textual works – Print", "Textual works – Digital", "Textual works – Electronic Serials",
    "Digital Musical Composition (score-based representations)", "Photographs – Print",
    "Photographs – Digital", "Other Graphic Images – Print", "Other Graphic Images – Digital",
    "Microforms", "Audio – On Tangible Medium (digital or analog)",
    "Audio – Media-independent (digital)", "Motion Pictures – Digital and Physical Media",
    "Video – File-based and Physical Media", "Software", "Datasets", "Geospatial Data",
    "Databases", "Websites", "Collections", "Computer Aided Design (CAD)", "Mixed", "Other"]
CONTENT_INFORMATION_TYPE = ["ERMS", "SIARD1", "SIARD2", "SIARDDK", "GeoData", "MIXED", "OTHER",
                            "citcarchival_v1_0", "citspremis_v1_0", "citserms_v2_1",
                            "citsehpj_v1_0", "citsehcr_v1_0"]
PACKAGE_TYPE = ["SIP", "AIP", "DIP", "AIU", "AIC"]
STATUS = ["SUPERSEDED", "CURRENT"]
# IANA media types Paragraf writes into a package.
IANA = ["application/pdf", "application/json", "application/xml", "text/xml", "text/plain"]


def any_of(attribute, values):
    return "(" + " or ".join("%s = '%s'" % (attribute, v) for v in values) + ")"


def fill_placeholders(rules):
    text = rules
    for attribute, values in (("@TYPE", CONTENT_CATEGORY),
                              ("@csip:CONTENTINFORMATIONTYPE", CONTENT_INFORMATION_TYPE),
                              ("@csip:OAISPACKAGETYPE", PACKAGE_TYPE), ("@STATUS", STATUS)):
        text = text.replace(attribute + "_vocabulary_test", any_of(attribute, values))
    text = text.replace("@MIMETYPE_IANA_test", any_of("@MIMETYPE", IANA))
    if "_test" in re.sub(r'id="[^"]*"', "", text):
        raise SystemExit("an unknown placeholder in the Schematron rules: " +
                         re.search(r"@\S+_test", text).group(0))
    return text


def validate_xsd(path, schemas, defects):
    environment = dict(os.environ, XML_CATALOG_FILES=os.path.join(schemas, "catalog.xml"))
    run = subprocess.run(["xmllint", "--nonet", "--noout", "--schema",
                          os.path.join(schemas, "mets.xsd"), path],
                         capture_output=True, text=True, env=environment)
    if run.returncode != 0:
        defects.append("%s is not valid METS: %s" % (path, run.stderr.strip()))


def schematron(mets, schemas, defects):
    folder = os.path.join(schemas, "schematron-csip-2.1.0")
    document = etree.parse(mets)
    for name in sorted(os.listdir(folder)):
        rules = fill_placeholders(open(os.path.join(folder, name), encoding="utf-8").read())
        checker = isoschematron.Schematron(etree.fromstring(rules.encode("utf-8")),
                                           store_report=True)
        checker.validate(document)
        report = checker.validation_report
        for failed in report.iter("{http://purl.oclc.org/dsdl/svrl}failed-assert"):
            if failed.get("role") == "ERROR":
                text = " ".join(failed.itertext()).strip()
                defects.append("%s: %s %s" % (name, failed.get("id"), text[:160]))


# What PREMIS 3 requires of the parts the package uses, in the schema's order.
def premis_structure(path, defects):
    root = etree.parse(path).getroot()
    if root.tag != "{%s}premis" % PREMIS or root.get("version") != "3.0":
        defects.append("premis.xml: the root is not premis:premis version 3.0")
        return {}
    order = [etree.QName(child).localname for child in root]
    ranks = {"object": 0, "event": 1, "agent": 2, "rights": 3}
    if [ranks.get(tag, 9) for tag in order] != sorted(ranks.get(tag, 9) for tag in order):
        defects.append("premis.xml: objects, events, agents are not in PREMIS 3's order")
    objects = {}
    for obj in root.findall("premis:object", NS):
        kind = obj.get("{http://www.w3.org/2001/XMLSchema-instance}type")
        value = obj.findtext("premis:objectIdentifier/premis:objectIdentifierValue", None, NS)
        characteristics = obj.find("premis:objectCharacteristics", NS)
        if kind != "premis:file" or not value or characteristics is None:
            defects.append("premis.xml: an object without file type, identifier or "
                           "characteristics")
            continue
        digest = characteristics.findtext("premis:fixity/premis:messageDigest", None, NS)
        algorithm = characteristics.findtext("premis:fixity/premis:messageDigestAlgorithm",
                                             None, NS)
        size = characteristics.findtext("premis:size", None, NS)
        name = characteristics.findtext("premis:format/premis:formatDesignation/"
                                        "premis:formatName", None, NS)
        if algorithm != "SHA-256" or not digest or not size or not name:
            defects.append("premis.xml: %s lacks its SHA-256, size or format" % value)
        registry = characteristics.find("premis:format/premis:formatRegistry", NS)
        key = None if registry is None else registry.findtext("premis:formatRegistryKey",
                                                              None, NS)
        objects[value] = (digest, size, key)
    agents = {a.findtext("premis:agentIdentifier/premis:agentIdentifierValue", None, NS)
              for a in root.findall("premis:agent", NS)}
    for event in root.findall("premis:event", NS):
        children = [etree.QName(child).localname for child in event]
        if children[:3] != ["eventIdentifier", "eventType", "eventDateTime"]:
            defects.append("premis.xml: an event without identifier, type and date first")
        for link in event.findall("premis:linkingAgentIdentifier", NS):
            if link.findtext("premis:linkingAgentIdentifierValue", None, NS) not in agents:
                defects.append("premis.xml: an event names an agent that is not there")
        for link in event.findall("premis:linkingObjectIdentifier", NS):
            if link.findtext("premis:linkingObjectIdentifierValue", None, NS) not in objects:
                defects.append("premis.xml: an event names an object that is not there")
    for agent in root.findall("premis:agent", NS):
        if not agent.findtext("premis:agentName", None, NS):
            defects.append("premis.xml: an agent without a name")
    return objects


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def references(mets_path, package, defects):
    """Every file a METS names, relative to the package, with the size and checksum it says."""
    folder = os.path.dirname(mets_path)
    named = {}
    root = etree.parse(mets_path).getroot()
    for element in root.iter("{%s}FLocat" % METS, "{%s}mdRef" % METS):
        holder = element.getparent() if element.tag.endswith("FLocat") else element
        href = element.get("{%s}href" % XLINK)
        target = os.path.normpath(os.path.join(folder, href))
        relative = os.path.relpath(target, package)
        if relative.startswith(".."):
            defects.append("%s names %s, outside the package" % (mets_path, href))
            continue
        named[relative] = (holder.get("SIZE"), holder.get("CHECKSUM"), holder.get("CHECKSUMTYPE"))
    for pointer in root.iter("{%s}mptr" % METS):
        href = pointer.get("{%s}href" % XLINK)
        if not os.path.isfile(os.path.join(folder, href)):
            defects.append("%s points at %s, which is not there" % (mets_path, href))
    return named


def structure(package, defects):
    for required in ("METS.xml", "metadata", "metadata/preservation", "representations",
                     "representations/rep1", "representations/rep1/data",
                     "representations/rep1/METS.xml", "schemas", "documentation"):
        if not os.path.exists(os.path.join(package, required)):
            defects.append("required %s is missing" % required)
    if os.path.basename(os.path.normpath(package)) != \
            etree.parse(os.path.join(package, "METS.xml")).getroot().get("OBJID"):
        defects.append("the root folder's name is not the METS OBJID (CSIP1)")
    named = references(os.path.join(package, "METS.xml"), package, defects)
    named.update(references(os.path.join(package, "representations/rep1/METS.xml"), package,
                            defects))
    present = set()
    for folder, _, files in os.walk(package):
        for name in files:
            present.add(os.path.relpath(os.path.join(folder, name), package))
    for path in sorted(present - set(named) - {"METS.xml"}):
        defects.append("%s is in the package but no METS names it" % path)
    for path, (size, checksum, kind) in sorted(named.items()):
        full = os.path.join(package, path)
        if not os.path.isfile(full):
            defects.append("%s is named in METS but missing" % path)
            continue
        if kind != "SHA-256" or checksum != sha256(full):
            defects.append("%s: its SHA-256 is not the one METS records" % path)
        if size != str(os.path.getsize(full)):
            defects.append("%s: its size is not the one METS records" % path)
    return present


def premis_matches(objects, package, present, defects):
    for path in sorted(present - {"METS.xml", "metadata/preservation/premis.xml"}):
        if path not in objects:
            defects.append("%s has no PREMIS object" % path)
            continue
        digest, size, key = objects[path]
        full = os.path.join(package, path)
        if digest != sha256(full) or size != str(os.path.getsize(full)):
            defects.append("%s: PREMIS records another SHA-256 or size" % path)
        if path.endswith(".pdf") and key != "fmt/95":
            defects.append("%s: not recorded as PDF/A-1b (fmt/95)" % path)


def preflight(package, present, defects):
    jars = ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation",
            "jaxb-api"]
    classpath = ":".join("/usr/share/java/%s.jar" % jar for jar in jars)
    for path in sorted(p for p in present if p.endswith(".pdf")):
        run = subprocess.run(["java", "-cp", classpath,
                              "org.apache.pdfbox.preflight.Validator_A1b",
                              os.path.join(package, path)], capture_output=True, text=True)
        if run.returncode != 0 or "is a valid PDF/A-1b file" not in run.stdout + run.stderr:
            defects.append("%s is not valid PDF/A-1b: %s" % (path, (run.stdout + run.stderr)[:300]))


def tar_members(path, defects):
    """The tar's members as Python's tarfile reads them, each a (name, is_dir, bytes, mtime)."""
    members = []
    with tarfile.open(path, "r:") as archive:
        for member in archive:
            parts = member.name.rstrip("/").split("/")
            if member.name.startswith("/") or any(p in ("", ".", "..") for p in parts):
                defects.append("tar: %s would leave the package's folder" % member.name)
            if not (member.isfile() or member.isdir()):
                defects.append("tar: %s is neither a file nor a folder" % member.name)
            if member.uid != 0 or member.gid != 0:
                defects.append("tar: %s is not owned by uid and gid 0" % member.name)
            data = archive.extractfile(member).read() if member.isfile() else None
            members.append((member.name.rstrip("/"), member.isdir(), data, member.mtime))
    return members


def unpack(path, into, defects):
    """The package's folder extracted from the tar at `path` by GNU tar, or None."""
    members = tar_members(path, defects)
    if not members or not members[0][1] or any(
            name.split("/")[0] != members[0][0] for name, _, _, _ in members):
        defects.append("tar: it does not unpack to a single root folder (CSIPSTR1)")
    listed = subprocess.run(["tar", "--list", "--file", path], capture_output=True, text=True)
    if listed.returncode != 0 or listed.stderr:
        defects.append("tar: GNU tar cannot read it: %s" % listed.stderr.strip())
    elif [n.rstrip("/") for n in listed.stdout.splitlines()] != [m[0] for m in members]:
        defects.append("tar: GNU tar and Python's tarfile read different names")
    if defects:
        return None
    run = subprocess.run(["tar", "--extract", "--file", path, "--directory", into,
                          "--no-same-owner", "--no-same-permissions"],
                         capture_output=True, text=True)
    if run.returncode != 0 or run.stderr:
        defects.append("tar: GNU tar does not extract it: %s" % run.stderr.strip())
        return None
    for name, is_dir, data, _ in members:
        full = os.path.join(into, name)
        if not (os.path.isdir(full) if is_dir else open(full, "rb").read() == data):
            defects.append("tar: %s extracted by GNU tar is not what tarfile reads" % name)
    root = os.path.join(into, members[0][0])
    created = etree.parse(os.path.join(root, "METS.xml")).getroot().find(
        "mets:metsHdr", NS).get("CREATEDATE")
    stamp = int(datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp())
    if any(mtime != stamp for _, _, _, mtime in members):
        defects.append("tar: not every entry has the package's creation (%s) as its mtime"
                       % created)
    return root


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("package")
    parser.add_argument("--schemas", required=True)
    parser.add_argument("--preflight", action="store_true")
    arguments = parser.parse_args()
    defects = []
    if not os.path.isfile(arguments.package):
        return check(arguments.package, arguments, defects)
    with tempfile.TemporaryDirectory() as into:
        package = unpack(arguments.package, into, defects)
        return check(package, arguments, defects) if package else finish(defects, 0, 0)


def finish(defects, files, pdfs):
    for defect in defects:
        print(defect)
    print("%d files, %d PDF; %d defects" % (files, pdfs, len(defects)))
    return 1 if defects else 0


def check(package, arguments, defects):
    present = structure(package, defects)
    for mets in ("METS.xml", "representations/rep1/METS.xml"):
        validate_xsd(os.path.join(package, mets), arguments.schemas, defects)
    schematron(os.path.join(package, "METS.xml"), arguments.schemas, defects)
    objects = premis_structure(os.path.join(package, "metadata/preservation/premis.xml"), defects)
    premis_matches(objects, package, present, defects)
    if arguments.preflight:
        preflight(package, present, defects)
    return finish(defects, len(present), sum(1 for p in present if p.endswith(".pdf")))


if __name__ == "__main__":
    sys.exit(main())
