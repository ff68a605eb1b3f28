// A block-storage lifecycle driven by the unmodified Go SDK github.com/denverdino/aliyungo/ecs
// (Debian's golang-github-denverdino-aliyungo-dev) against `fake-ecs serve`: regions and zones, a
// VPC, vSwitch and security group, an instance in them, a data disk attached, a snapshot, a
// rollback, then everything released in reverse order. Each step prints PASS or FAIL; the last line
// is `N passed, M failed` (summed by .ci/run). Run by run.sh; not part of `npm test`.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/denverdino/aliyungo/common"
	"github.com/denverdino/aliyungo/ecs"
)

const region = common.Region("cn-hangzhou")
const image = "aliyun_3_x64_20G_alibase_20240528.vhd"

var passed, failed int

// step runs one call once the ids it needs exist; a failure is reported and the lifecycle goes
// on where it can (a step whose ids an earlier failure left empty fails as skipped).
func step(name string, fn func() error, needs ...string) bool {
	for _, id := range needs {
		if id == "" {
			failed++
			fmt.Printf("FAIL %s: skipped, an earlier step failed\n", name)
			return false
		}
	}
	if err := fn(); err != nil {
		failed++
		fmt.Printf("FAIL %s: %v\n", name, err)
		return false
	}
	passed++
	fmt.Printf("PASS %s\n", name)
	return true
}

// until polls a condition, as real programs wait on statuses.
func until(what string, check func() (bool, error)) error {
	for i := 0; i < 100; i++ {
		done, err := check()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("timed out waiting for %s", what)
}

func instanceStatus(c *ecs.Client, id string) (string, error) {
	list, _, err := c.DescribeInstances(&ecs.DescribeInstancesArgs{RegionId: region, InstanceIds: fmt.Sprintf(`["%s"]`, id)})
	if err != nil {
		return "", err
	}
	if len(list) != 1 {
		return "", fmt.Errorf("DescribeInstances listed %d instances", len(list))
	}
	return string(list[0].Status), nil
}

func diskStatus(c *ecs.Client, id string) (string, error) {
	list, _, err := c.DescribeDisks(&ecs.DescribeDisksArgs{RegionId: region, DiskIds: []string{id}})
	if err != nil {
		return "", err
	}
	if len(list) != 1 {
		return "", fmt.Errorf("DescribeDisks listed %d disks", len(list))
	}
	return string(list[0].Status), nil
}

func waitInstance(c *ecs.Client, id string, status string) error {
	return until("instance "+status, func() (bool, error) {
		s, err := instanceStatus(c, id)
		return s == status, err
	})
}

func waitDisk(c *ecs.Client, id string, status string) error {
	return until("disk "+status, func() (bool, error) {
		s, err := diskStatus(c, id)
		return s == status, err
	})
}

func main() {
	if len(os.Args) != 4 {
		fmt.Println("usage: lifecycle <endpoint> <accessKeyId> <accessKeySecret>")
		os.Exit(2)
	}
	c := ecs.NewClientWithEndpoint(os.Args[1], os.Args[2], os.Args[3])
	var zoneId, vpcId, vSwitchId, groupId, instanceId, diskId, snapshotId string

	step("DescribeRegions", func() error {
		regions, err := c.DescribeRegions()
		if err == nil && len(regions) == 0 {
			err = fmt.Errorf("no region")
		}
		return err
	})
	step("DescribeZones", func() error {
		zones, err := c.DescribeZones(region)
		if err != nil {
			return err
		}
		for _, z := range zones {
			if len(z.AvailableInstanceTypes.InstanceTypes) > 0 && len(z.AvailableDiskCategories.DiskCategories) > 0 {
				zoneId = z.ZoneId
				return nil
			}
		}
		return fmt.Errorf("no zone sells instances and disks")
	})
	step("CreateVpc", func() error {
		resp, err := c.CreateVpc(&ecs.CreateVpcArgs{RegionId: region, CidrBlock: "192.168.0.0/16", VpcName: "go-vpc"})
		if err == nil {
			vpcId = resp.VpcId
			err = c.WaitForVpcAvailable(region, vpcId, 60)
		}
		return err
	})
	step("CreateVSwitch", func() error {
		id, err := c.CreateVSwitch(&ecs.CreateVSwitchArgs{ZoneId: zoneId, CidrBlock: "192.168.1.0/24", VpcId: vpcId})
		if err == nil {
			vSwitchId = id
			err = c.WaitForVSwitchAvailable(vpcId, vSwitchId, 60)
		}
		return err
	}, zoneId, vpcId)
	step("CreateSecurityGroup", func() error {
		id, err := c.CreateSecurityGroup(&ecs.CreateSecurityGroupArgs{RegionId: region, VpcId: vpcId, SecurityGroupName: "go-sg"})
		groupId = id
		return err
	}, vpcId)
	step("AuthorizeSecurityGroup", func() error {
		return c.AuthorizeSecurityGroup(&ecs.AuthorizeSecurityGroupArgs{
			SecurityGroupId: groupId, RegionId: region, IpProtocol: ecs.IpProtocolTCP,
			PortRange: "22/22", SourceCidrIp: "0.0.0.0/0",
		})
	}, groupId)
	step("RunInstances", func() error {
		ids, err := c.RunInstances(&ecs.RunInstanceArgs{CreateInstanceArgs: ecs.CreateInstanceArgs{
			RegionId: region, ZoneId: zoneId, ImageId: image, InstanceType: "ecs.g7.large",
			SecurityGroupId: groupId, VSwitchId: vSwitchId, InstanceName: "go-instance",
		}, MinAmount: 1, MaxAmount: 1})
		if err != nil {
			return err
		}
		if len(ids) != 1 {
			return fmt.Errorf("RunInstances returned %d ids", len(ids))
		}
		instanceId = ids[0]
		return waitInstance(c, instanceId, "Running")
	}, zoneId, vSwitchId, groupId)
	step("CreateDisk", func() error {
		id, err := c.CreateDisk(&ecs.CreateDiskArgs{RegionId: region, ZoneId: zoneId, DiskName: "go-data", DiskCategory: ecs.DiskCategoryCloudEfficiency, Size: 40})
		if err == nil {
			diskId = id
			err = waitDisk(c, diskId, "Available")
		}
		return err
	}, zoneId)
	step("AttachDisk", func() error {
		err := c.AttachDisk(&ecs.AttachDiskArgs{InstanceId: instanceId, DiskId: diskId})
		if err == nil {
			err = waitDisk(c, diskId, "In_use")
		}
		return err
	}, instanceId, diskId)
	step("CreateSnapshot", func() error {
		id, err := c.CreateSnapshot(&ecs.CreateSnapshotArgs{DiskId: diskId, SnapshotName: "go-snap"})
		if err == nil {
			snapshotId = id
			err = c.WaitForSnapShotReady(region, snapshotId, 60)
		}
		return err
	}, diskId)
	step("DescribeSnapshots", func() error {
		list, _, err := c.DescribeSnapshots(&ecs.DescribeSnapshotsArgs{RegionId: region, SnapshotIds: []string{snapshotId}})
		if err == nil && (len(list) != 1 || list[0].SourceDiskId != diskId) {
			err = fmt.Errorf("DescribeSnapshots listed %+v", list)
		}
		return err
	}, snapshotId)
	step("StopInstance", func() error {
		err := c.StopInstance(instanceId, false)
		if err == nil {
			err = waitInstance(c, instanceId, "Stopped")
		}
		return err
	}, instanceId)
	step("ResetDisk", func() error {
		err := c.ResetDisk(diskId, snapshotId)
		if err == nil {
			err = waitDisk(c, diskId, "In_use")
		}
		return err
	}, diskId, snapshotId)
	step("DeleteSecurityGroup refused while in use", func() error {
		err := c.DeleteSecurityGroup(region, groupId)
		if e, ok := err.(*common.Error); ok && e.Code == "DependencyViolation" {
			return nil
		}
		return fmt.Errorf("expected DependencyViolation, got %v", err)
	}, groupId, instanceId)
	step("DetachDisk", func() error {
		err := c.DetachDisk(instanceId, diskId)
		if err == nil {
			err = waitDisk(c, diskId, "Available")
		}
		return err
	}, instanceId, diskId)
	step("DeleteSnapshot", func() error { return c.DeleteSnapshot(snapshotId) }, snapshotId)
	step("DeleteDisk", func() error { return c.DeleteDisk(diskId) }, diskId)
	step("DeleteInstance", func() error { return c.DeleteInstance(instanceId) }, instanceId)
	step("DeleteSecurityGroup", func() error { return c.DeleteSecurityGroup(region, groupId) }, groupId)
	step("DeleteVSwitch", func() error { return c.DeleteVSwitch(vSwitchId) }, vSwitchId)
	step("DeleteVpc", func() error { return c.DeleteVpc(vpcId) }, vpcId)

	fmt.Printf("%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}
