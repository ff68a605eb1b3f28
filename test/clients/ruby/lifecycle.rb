# A block-storage lifecycle driven by the unmodified Ruby library fog-aliyun (Debian's
# ruby-fog-aliyun, its compute requests) against `fake-ecs serve`: zones, a VPC, vSwitch and
# security group, an instance in them (the older CreateInstance, then started), a data disk
# attached, a snapshot described and a disk made from it, an image from a system-disk snapshot, then everything released in reverse order.
# Each step prints PASS or FAIL; the last line is `N passed, M failed` (summed by .ci/run). Run by
# run.sh; not part of `npm test`.
require 'uri'

# fog-aliyun 0.3.2 predates Ruby 3, which removed URI.encode; the library signs with it, so the
# caller defines it as Ruby 2 had it (the RFC 2396 parser's escape).
unless URI.respond_to?(:encode)
  def URI.encode(str, unsafe = URI::RFC2396_Parser::UNSAFE)
    URI::DEFAULT_PARSER.escape(str.to_s, unsafe.is_a?(Regexp) ? unsafe : Regexp.new("[#{Regexp.quote(unsafe)}]"))
  end
end

require 'fog/aliyun'

URL, KEY, SECRET = ARGV
REGION = 'cn-hangzhou'
IMAGE = 'aliyun_3_x64_20G_alibase_20240528.vhd'

$passed = 0
$failed = 0

def client(zone)
  Fog::Compute::Aliyun.new(aliyun_url: URL, aliyun_accesskey_id: KEY, aliyun_accesskey_secret: SECRET,
                           aliyun_region_id: REGION, aliyun_zone_id: zone)
end

# step runs one call once the ids it needs exist; a failure is reported and the lifecycle goes on
# where it can (a step whose ids an earlier failure left empty fails as skipped).
def step(name, *needs)
  if needs.any? { |id| id.nil? || id.empty? }
    $failed += 1
    puts "FAIL #{name}: skipped, an earlier step failed"
    return nil
  end
  result = yield
  $passed += 1
  puts "PASS #{name}"
  result
rescue StandardError => e
  $failed += 1
  detail = e.respond_to?(:response) && e.response ? " #{e.response.body}" : ''
  puts "FAIL #{name}: #{e.class}: #{e.message.lines.first&.strip}#{detail}"
  nil
end

# until polls a condition, as real programs wait on statuses.
def wait_for(what)
  100.times do
    return true if yield
    sleep 0.1
  end
  raise "timed out waiting for #{what}"
end

# Real ECS answers `application/json;charset=utf-8`, which fog's request does not decode (it
# matches `application/json` exactly); fog's own models decode the body, and so does this script.
def body(response)
  b = response.body
  b.is_a?(Hash) ? b : Fog::JSON.decode(b)
end

def disk_status(c, id)
  disks = body(c.list_disks(diskIds: [id]))['Disks']['Disk']
  raise "DescribeDisks listed #{disks.size} disks for #{id}" unless disks.size == 1
  disks[0]['Status']
end

def instance_status(c, id)
  list = body(c.list_servers(instanceId: id))['Instances']['Instance']
  raise "DescribeInstances listed #{list.size} instances for #{id}" unless list.size == 1
  list[0]['Status']
end

zone = step('DescribeZones') do
  zones = body(client('unset').list_zones)['Zones']['Zone']
  found = zones.find do |z|
    !z.dig('AvailableInstanceTypes', 'InstanceTypes').to_a.empty? &&
      !z.dig('AvailableDiskCategories', 'DiskCategories').to_a.empty?
  end
  raise 'no zone sells instances and disks' unless found
  found['ZoneId']
end
c = client(zone || 'unset')

vpc = step('CreateVpc') do
  id = body(c.create_vpc('192.168.0.0/16', name: 'fog-vpc'))['VpcId']
  wait_for('VPC Available') { body(c.list_vpcs(vpcId: id))['Vpcs']['Vpc'][0]['Status'] == 'Available' }
  id
end
vswitch = step('CreateVSwitch', zone, vpc) do
  id = body(c.create_vswitch(vpc, '192.168.1.0/24', name: 'fog-vsw'))['VSwitchId']
  wait_for('vSwitch Available') do
    body(c.list_vswitchs(vpc, vSwitchId: id))['VSwitches']['VSwitch'][0]['Status'] == 'Available'
  end
  id
end
group = step('CreateSecurityGroup', vpc) do
  body(c.create_security_group(name: 'fog-sg', vpcId: vpc))['SecurityGroupId']
end
step('AuthorizeSecurityGroup', group) { c.create_security_group_ip_rule(group, '0.0.0.0/0', 'intranet', portRange: '22/22', protocol: 'tcp') }
instance = step('CreateInstance', zone, vswitch, group) do
  id = body(c.create_server(IMAGE, group, 'ecs.g7.large', ZoneId: zone, VSwitchId: vswitch,
                                                           InstanceName: 'fog-instance'))['InstanceId']
  wait_for('instance Stopped') { instance_status(c, id) == 'Stopped' }
  id
end
step('StartInstance', instance) do
  c.start_server(instance)
  wait_for('instance Running') { instance_status(c, instance) == 'Running' }
end
disk = step('CreateDisk', zone) do
  # fog 0.3.2's create_disk sends the request, then calls `merge` on the response and raises
  # NoMethodError (against real ECS too; its `category` option also breaks the query, so it is not
  # used): the disk exists, and is found by its name as a caller of this version must.
  begin
    c.create_disk('40', name: 'fog-data')
  rescue NoMethodError => e
    raise unless e.name == :merge
  end
  disks = body(c.list_disks(name: 'fog-data'))['Disks']['Disk']
  raise "DescribeDisks found #{disks.size} disks named fog-data" unless disks.size == 1
  id = disks[0]['DiskId']
  wait_for('disk Available') { disk_status(c, id) == 'Available' }
  id
end
step('AttachDisk', instance, disk) do
  c.attach_disk(instance, disk)
  wait_for('disk In_use') { disk_status(c, disk) == 'In_use' }
end
snapshot = step('CreateSnapshot', disk) do
  id = body(c.create_snapshot(disk, name: 'fog-snap'))['SnapshotId']
  wait_for('snapshot accomplished') do
    body(c.list_snapshots(snapshotIds: [id]))['Snapshots']['Snapshot'][0]['Status'] == 'accomplished'
  end
  id
end
step('DescribeSnapshots', snapshot) do
  list = body(c.list_snapshots(diskId: disk))['Snapshots']['Snapshot']
  raise "DescribeSnapshots listed #{list.inspect}" unless list.size == 1 && list[0]['SnapshotId'] == snapshot
end
restored = step('CreateDisk from the snapshot', snapshot) do
  id = body(c.create_disk_by_snapshot(snapshot, name: 'fog-restored'))['DiskId']
  wait_for('restored disk Available') { disk_status(c, id) == 'Available' }
  id
end
# An image is made from a snapshot of a system disk (real ECS refuses a data disk's).
system_snapshot = step('CreateSnapshot of the system disk', instance) do
  # fog 0.3.2 sends DiskType only with a category (a typo in list_disks): filter here.
  system = body(c.list_disks(instanceId: instance))['Disks']['Disk'].select { |d| d['Type'] == 'system' }
  raise "DescribeDisks listed #{system.size} system disks" unless system.size == 1
  id = body(c.create_snapshot(system[0]['DiskId'], name: 'fog-system'))['SnapshotId']
  wait_for('system snapshot accomplished') do
    body(c.list_snapshots(snapshotIds: [id]))['Snapshots']['Snapshot'][0]['Status'] == 'accomplished'
  end
  id
end
image = step('CreateImage from the snapshot', system_snapshot) do
  id = body(c.create_image(system_snapshot, name: 'fog-image'))['ImageId']
  wait_for('image Available') do
    body(c.list_images(imageId: id))['Images']['Image'].any? { |i| i['Status'] == 'Available' }
  end
  id
end
step('DeleteImage', image) { c.delete_image(image) }
step('DeleteSnapshot (system disk)', system_snapshot) { c.delete_snapshot(system_snapshot) }
step('DeleteDisk (restored)', restored) { c.delete_disk(restored) }
step('DeleteSnapshot', snapshot) do
  c.delete_snapshot(snapshot)
  wait_for('snapshot gone') { body(c.list_snapshots(diskId: disk))['Snapshots']['Snapshot'].empty? }
end
step('DetachDisk', instance, disk) do
  c.detach_disk(instance, disk)
  wait_for('disk Available') { disk_status(c, disk) == 'Available' }
end
step('DeleteDisk', disk) { c.delete_disk(disk) }
step('StopInstance', instance) do
  c.stop_server(instance)
  wait_for('instance Stopped') { instance_status(c, instance) == 'Stopped' }
end
step('DeleteInstance', instance) do
  c.delete_server(instance)
  wait_for('instance gone') { body(c.list_servers(instanceId: instance))['Instances']['Instance'].empty? }
end
step('DeleteSecurityGroup', group) { c.delete_security_group(group) }
step('DeleteVSwitch', vswitch) { c.delete_vswitch(vswitch) }
step('DeleteVpc', vpc) { c.delete_vpc(vpc) }

puts "#{$passed} passed, #{$failed} failed"
exit($failed.zero? ? 0 : 1)
