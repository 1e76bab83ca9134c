/**
 * Test vectors of the project's standards reference §7.3: H1 is HJ 212-2017 Appendix A's own
 * example; H4–H7 were written for the reference. (H2/H3 come from public repositories and are
 * read from the shared corpus instead of being copied here.)
 */
export const H1 =
  '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n';
export const H4 =
  '##0278QN=20260301100000001;ST=22;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20260301090000;' +
  'a21026-Avg=8,a21026-Flag=N;a21004-Avg=35,a21004-Flag=N;a21005-Avg=0.8,a21005-Flag=N;a05024-Avg=96,a05024-Flag=N;' +
  'a34002-Avg=66,a34002-Flag=N;a34004-Avg=41,a34004-Flag=N&&1DC0\r\n';
export const H5 =
  '##0087QN=20260301100000001;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&F441\r\n';
export const H6 =
  '##0230QN=20260301100000001;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&DataTime=20260301095958;' +
  'w01018-Rtd=40.1,w01018-Flag=N;w21003-Rtd=0.95,w21003-Flag=N;w21011-Rtd=0.12,w21011-Flag=N;w21001-Rtd=8.30,w21001-Flag=D&&3480\r\n';
export const H7 =
  '##0201QN=20260301085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20260301080000;' +
  'w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N&&1980\r\n';

export const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Bit-by-bit Appendix A CRC, written from the standard's pseudo-code, to check the table version. */
export function referenceCrc(data: Uint8Array): number {
  let crc = 0xffff;
  for (const b of data) {
    crc = (crc >> 8) ^ b;
    for (let i = 0; i < 8; i++) {
      const lsb = crc & 1;
      crc >>= 1;
      if (lsb) crc ^= 0xa001;
    }
  }
  return crc;
}
