import { viewDefaults } from '../shared/view-defaults.js';

/**
 * The `DescribeImages` item fields fake-ecs does not model, as real ECS shows them for an image
 * of the default resource group that is neither shared, copied, subscribed nor from the
 * marketplace. Listed in docs/fidelity.md.
 *
 * @internal
 */
export const IMAGE_VIEW_DEFAULTS = viewDefaults({
  bootMode: 'BIOS',
  detectionOptions: { items: { item: [] as never[] }, status: '' },
  features: {
    cpuOnlineDowngrade: '',
    cpuOnlineUpgrade: '',
    imdsSupport: '',
    memoryOnlineDowngrade: '',
    memoryOnlineUpgrade: '',
    nvmeSupport: '',
  },
  imageFamily: '',
  imageOwnerId: 0,
  imageVersion: '',
  isCopied: false,
  isSelfShared: '',
  isSubscribed: false,
  isSupportCloudinit: true,
  isSupportIoOptimized: true,
  licenseType: 'Auto',
  loginAsNonRootSupported: false,
  productCode: '',
  secureBootOptions: { secureBootSupport: '' },
  supplierName: '',
});

/**
 * The fields of an image's disk (`DiskDeviceMappings.DiskDeviceMapping`) fake-ecs does not
 * model: images are neither encrypted nor imported from OSS. Listed in docs/fidelity.md.
 *
 * @internal
 */
export const IMAGE_DISK_VIEW_DEFAULTS = viewDefaults({
  encrypted: false,
  format: '',
  importOSSBucket: '',
  importOSSObject: '',
});
