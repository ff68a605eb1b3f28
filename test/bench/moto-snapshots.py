"""moto 5.2.1 (in-process mock_aws) side of test/bench/snapshots-vs-moto.bench.ts.

The scenario of issue 3, in EC2 terms (adapted from peers.md section 6, scenario A): one volume,
N snapshots created one after another (moto completes each at once), all of them described page by
page (MaxResults=100 + NextToken, filtered on the volume), all of them deleted.

Protocol (driven by the bench over stdin/stdout, so moto's import and backend warm-up stay out of
the timed runs): prints "ready <versions>"; for every "run" line it runs the scenario and prints
one JSON line with its timings in seconds; exits on "quit" or end of input.
Run alone: `python3 test/bench/moto-snapshots.py --once [N]`.
"""
import json
import os
import sys
import time

os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

import boto3  # noqa: E402
import botocore  # noqa: E402
import moto  # noqa: E402
from moto import mock_aws  # noqa: E402


def scenario(n):
    with mock_aws():
        ec2 = boto3.client("ec2", region_name="us-east-1")
        t0 = time.perf_counter()
        vol = ec2.create_volume(Size=8, AvailabilityZone="us-east-1a")["VolumeId"]
        t1 = time.perf_counter()
        ids = [ec2.create_snapshot(VolumeId=vol, Description=f"s{i}")["SnapshotId"] for i in range(n)]
        t2 = time.perf_counter()
        seen, pages, token = 0, 0, None
        while True:
            kwargs = {"Filters": [{"Name": "volume-id", "Values": [vol]}], "MaxResults": 100}
            if token:
                kwargs["NextToken"] = token
            page = ec2.describe_snapshots(**kwargs)
            seen += len(page["Snapshots"])
            pages += 1
            token = page.get("NextToken")
            if not token:
                break
        t3 = time.perf_counter()
        for s in ids:
            ec2.delete_snapshot(SnapshotId=s)
        t4 = time.perf_counter()
        left = ec2.describe_snapshots(Filters=[{"Name": "volume-id", "Values": [vol]}])["Snapshots"]
        assert seen == n, seen
        assert not left
        return {
            "create_volume": t1 - t0,
            "create_snapshots": t2 - t1,
            "describe_pages": t3 - t2,
            "delete_snapshots": t4 - t3,
            "total": t4 - t0,
            "pages": pages,
        }


def main():
    versions = f"python {sys.version.split()[0]} moto {moto.__version__} boto3 {boto3.__version__} botocore {botocore.__version__}"
    if len(sys.argv) > 1 and sys.argv[1] == "--once":
        n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
        print(versions)
        print(json.dumps(scenario(n)))
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"ready {versions}", flush=True)
    for line in sys.stdin:
        if line.strip() == "run":
            print(json.dumps(scenario(n)), flush=True)
        elif line.strip() == "quit":
            break


if __name__ == "__main__":
    main()
