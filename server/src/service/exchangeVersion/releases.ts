// Exchange Server builds -> release names, for decoding the `VersionNumber` (major.minor.build) of an
// EdgeSubscription file into a name such as "Exchange Server 2019 CU14".
//
// Sources (checked against each other; all rows agree):
//  - Microsoft Learn, "Exchange Server build numbers and release dates":
//    https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates
//  - microsoft/CSS-Exchange, Shared/Get-ExchangeBuildVersionInformation.ps1 (HealthChecker's build table;
//    2013 CU1 onwards, 2016 CU1 onwards, 2019 CU1 onwards, SE RTM)
//  - righel/ms-exchange-version-nse, ms-exchange-versions-dict.json (2007/2010 RTM and SPs, 2013/2016/2019 RTM)
//
// Only the first three parts are stored. Security updates and hotfixes for 2013 and later change only the
// fourth part (revision), so every build of a CU has the same `build`. Exchange 2007/2010 update
// rollups raise `build` within a service pack, e.g. 8.0.708 is 2007 RTM with Update Rollup 1.
// The trailing comment on each row is the full RTM version number of that release.

export interface ExchangeRelease {
  major: number;
  minor: number;
  build: number;
  name: string;
}

/** Sorted by major, minor, build ascending. build = the build number of the release's first (RTM of that CU) build. */
export const EXCHANGE_RELEASES: readonly ExchangeRelease[] = [
  { major: 8, minor: 0, build: 685, name: 'Exchange Server 2007 RTM' }, // 8.0.685.25
  { major: 8, minor: 1, build: 240, name: 'Exchange Server 2007 SP1' }, // 8.1.240.6
  { major: 8, minor: 2, build: 176, name: 'Exchange Server 2007 SP2' }, // 8.2.176.2
  { major: 8, minor: 3, build: 83, name: 'Exchange Server 2007 SP3' }, // 8.3.83.6
  { major: 14, minor: 0, build: 639, name: 'Exchange Server 2010 RTM' }, // 14.0.639.21
  { major: 14, minor: 1, build: 218, name: 'Exchange Server 2010 SP1' }, // 14.1.218.15
  { major: 14, minor: 2, build: 247, name: 'Exchange Server 2010 SP2' }, // 14.2.247.5
  { major: 14, minor: 3, build: 123, name: 'Exchange Server 2010 SP3' }, // 14.3.123.4
  { major: 15, minor: 0, build: 516, name: 'Exchange Server 2013 RTM' }, // 15.0.516.32
  { major: 15, minor: 0, build: 620, name: 'Exchange Server 2013 CU1' }, // 15.0.620.29
  { major: 15, minor: 0, build: 712, name: 'Exchange Server 2013 CU2' }, // 15.0.712.24
  { major: 15, minor: 0, build: 775, name: 'Exchange Server 2013 CU3' }, // 15.0.775.38
  { major: 15, minor: 0, build: 847, name: 'Exchange Server 2013 SP1 (CU4)' }, // 15.0.847.32
  { major: 15, minor: 0, build: 913, name: 'Exchange Server 2013 CU5' }, // 15.0.913.22
  { major: 15, minor: 0, build: 995, name: 'Exchange Server 2013 CU6' }, // 15.0.995.29
  { major: 15, minor: 0, build: 1044, name: 'Exchange Server 2013 CU7' }, // 15.0.1044.25
  { major: 15, minor: 0, build: 1076, name: 'Exchange Server 2013 CU8' }, // 15.0.1076.9
  { major: 15, minor: 0, build: 1104, name: 'Exchange Server 2013 CU9' }, // 15.0.1104.5
  { major: 15, minor: 0, build: 1130, name: 'Exchange Server 2013 CU10' }, // 15.0.1130.7
  { major: 15, minor: 0, build: 1156, name: 'Exchange Server 2013 CU11' }, // 15.0.1156.6
  { major: 15, minor: 0, build: 1178, name: 'Exchange Server 2013 CU12' }, // 15.0.1178.4
  { major: 15, minor: 0, build: 1210, name: 'Exchange Server 2013 CU13' }, // 15.0.1210.3
  { major: 15, minor: 0, build: 1236, name: 'Exchange Server 2013 CU14' }, // 15.0.1236.3
  { major: 15, minor: 0, build: 1263, name: 'Exchange Server 2013 CU15' }, // 15.0.1263.5
  { major: 15, minor: 0, build: 1293, name: 'Exchange Server 2013 CU16' }, // 15.0.1293.2
  { major: 15, minor: 0, build: 1320, name: 'Exchange Server 2013 CU17' }, // 15.0.1320.4
  { major: 15, minor: 0, build: 1347, name: 'Exchange Server 2013 CU18' }, // 15.0.1347.2
  { major: 15, minor: 0, build: 1365, name: 'Exchange Server 2013 CU19' }, // 15.0.1365.1
  { major: 15, minor: 0, build: 1367, name: 'Exchange Server 2013 CU20' }, // 15.0.1367.3
  { major: 15, minor: 0, build: 1395, name: 'Exchange Server 2013 CU21' }, // 15.0.1395.4
  { major: 15, minor: 0, build: 1473, name: 'Exchange Server 2013 CU22' }, // 15.0.1473.3
  { major: 15, minor: 0, build: 1497, name: 'Exchange Server 2013 CU23' }, // 15.0.1497.2
  { major: 15, minor: 1, build: 225, name: 'Exchange Server 2016 RTM' }, // 15.1.225.42
  { major: 15, minor: 1, build: 396, name: 'Exchange Server 2016 CU1' }, // 15.1.396.30
  { major: 15, minor: 1, build: 466, name: 'Exchange Server 2016 CU2' }, // 15.1.466.34
  { major: 15, minor: 1, build: 544, name: 'Exchange Server 2016 CU3' }, // 15.1.544.27
  { major: 15, minor: 1, build: 669, name: 'Exchange Server 2016 CU4' }, // 15.1.669.32
  { major: 15, minor: 1, build: 845, name: 'Exchange Server 2016 CU5' }, // 15.1.845.34
  { major: 15, minor: 1, build: 1034, name: 'Exchange Server 2016 CU6' }, // 15.1.1034.26
  { major: 15, minor: 1, build: 1261, name: 'Exchange Server 2016 CU7' }, // 15.1.1261.35
  { major: 15, minor: 1, build: 1415, name: 'Exchange Server 2016 CU8' }, // 15.1.1415.2
  { major: 15, minor: 1, build: 1466, name: 'Exchange Server 2016 CU9' }, // 15.1.1466.3
  { major: 15, minor: 1, build: 1531, name: 'Exchange Server 2016 CU10' }, // 15.1.1531.3
  { major: 15, minor: 1, build: 1591, name: 'Exchange Server 2016 CU11' }, // 15.1.1591.10
  { major: 15, minor: 1, build: 1713, name: 'Exchange Server 2016 CU12' }, // 15.1.1713.5
  { major: 15, minor: 1, build: 1779, name: 'Exchange Server 2016 CU13' }, // 15.1.1779.2
  { major: 15, minor: 1, build: 1847, name: 'Exchange Server 2016 CU14' }, // 15.1.1847.3
  { major: 15, minor: 1, build: 1913, name: 'Exchange Server 2016 CU15' }, // 15.1.1913.5
  { major: 15, minor: 1, build: 1979, name: 'Exchange Server 2016 CU16' }, // 15.1.1979.3
  { major: 15, minor: 1, build: 2044, name: 'Exchange Server 2016 CU17' }, // 15.1.2044.4
  { major: 15, minor: 1, build: 2106, name: 'Exchange Server 2016 CU18' }, // 15.1.2106.2
  { major: 15, minor: 1, build: 2176, name: 'Exchange Server 2016 CU19' }, // 15.1.2176.2
  { major: 15, minor: 1, build: 2242, name: 'Exchange Server 2016 CU20' }, // 15.1.2242.4
  { major: 15, minor: 1, build: 2308, name: 'Exchange Server 2016 CU21' }, // 15.1.2308.8
  { major: 15, minor: 1, build: 2375, name: 'Exchange Server 2016 CU22' }, // 15.1.2375.7
  { major: 15, minor: 1, build: 2507, name: 'Exchange Server 2016 CU23' }, // 15.1.2507.6
  { major: 15, minor: 2, build: 221, name: 'Exchange Server 2019 RTM' }, // 15.2.221.12
  { major: 15, minor: 2, build: 330, name: 'Exchange Server 2019 CU1' }, // 15.2.330.5
  { major: 15, minor: 2, build: 397, name: 'Exchange Server 2019 CU2' }, // 15.2.397.3
  { major: 15, minor: 2, build: 464, name: 'Exchange Server 2019 CU3' }, // 15.2.464.5
  { major: 15, minor: 2, build: 529, name: 'Exchange Server 2019 CU4' }, // 15.2.529.5
  { major: 15, minor: 2, build: 595, name: 'Exchange Server 2019 CU5' }, // 15.2.595.3
  { major: 15, minor: 2, build: 659, name: 'Exchange Server 2019 CU6' }, // 15.2.659.4
  { major: 15, minor: 2, build: 721, name: 'Exchange Server 2019 CU7' }, // 15.2.721.2
  { major: 15, minor: 2, build: 792, name: 'Exchange Server 2019 CU8' }, // 15.2.792.3
  { major: 15, minor: 2, build: 858, name: 'Exchange Server 2019 CU9' }, // 15.2.858.5
  { major: 15, minor: 2, build: 922, name: 'Exchange Server 2019 CU10' }, // 15.2.922.7
  { major: 15, minor: 2, build: 986, name: 'Exchange Server 2019 CU11' }, // 15.2.986.5
  { major: 15, minor: 2, build: 1118, name: 'Exchange Server 2019 CU12' }, // 15.2.1118.7
  { major: 15, minor: 2, build: 1258, name: 'Exchange Server 2019 CU13' }, // 15.2.1258.12
  { major: 15, minor: 2, build: 1544, name: 'Exchange Server 2019 CU14' }, // 15.2.1544.4
  { major: 15, minor: 2, build: 1748, name: 'Exchange Server 2019 CU15' }, // 15.2.1748.10
  { major: 15, minor: 2, build: 2562, name: 'Exchange Server SE RTM' }, // 15.2.2562.17 (Subscription Edition)
];

/** Product family for each major.minor. Exchange 2019 and Subscription Edition share 15.2. */
export const EXCHANGE_FAMILIES: readonly { major: number; minor: number; name: string }[] = [
  { major: 8, minor: 0, name: 'Exchange Server 2007' },
  { major: 8, minor: 1, name: 'Exchange Server 2007' },
  { major: 8, minor: 2, name: 'Exchange Server 2007' },
  { major: 8, minor: 3, name: 'Exchange Server 2007' },
  { major: 14, minor: 0, name: 'Exchange Server 2010' },
  { major: 14, minor: 1, name: 'Exchange Server 2010' },
  { major: 14, minor: 2, name: 'Exchange Server 2010' },
  { major: 14, minor: 3, name: 'Exchange Server 2010' },
  { major: 15, minor: 0, name: 'Exchange Server 2013' },
  { major: 15, minor: 1, name: 'Exchange Server 2016' },
  { major: 15, minor: 2, name: 'Exchange Server 2019 / Subscription Edition' },
];

/**
 * Finds the release a major.minor.build belongs to: the latest release in the same major.minor whose
 * build is <= `build`.
 * - `exact`: `build` is that release's own build. For 2013 and later, this covers all of that CU's
 *   security updates, because they change only the revision. It is false for 2007/2010 update
 *   rollups, for builds newer than the last CU this table knows, and when no release matches.
 * - `release`: undefined if `build` is older than the first release of that major.minor (e.g. a preview).
 * - `family`: undefined only if the major.minor is not a known Exchange version.
 */
export function releaseFor(major: number, minor: number, build: number): { exact: boolean; release?: ExchangeRelease; family?: string } {
  const family = EXCHANGE_FAMILIES.find((f) => f.major === major && f.minor === minor)?.name;
  let release: ExchangeRelease | undefined;
  for (const r of EXCHANGE_RELEASES) {
    if (r.major === major && r.minor === minor && r.build <= build) release = r; // table is sorted ascending
  }
  const result: { exact: boolean; release?: ExchangeRelease; family?: string } = {
    exact: release !== undefined && release.build === build,
  };
  if (release) result.release = release;
  if (family) result.family = family;
  return result;
}
