import { describe, expect, it } from 'vitest';
import {
  checkpointFromJson,
  checkpointSignedBy,
  checkpointToJson,
  signCheckpoint,
} from '../../src/security/audit-checkpoint.js';
import {
  consistencyProof,
  EMPTY_ROOT,
  LeafHashes,
  leafHash,
  MerkleFrontier,
  subtreeRoot,
  verifyConsistency,
} from '../../src/security/audit-merkle.js';
import { AuditSigner } from '../../src/security/audit-signer.js';
import { randomBytes } from '../../src/security/sodium.js';

// The Certificate Transparency reference leaves and tree heads (RFC 6962 / RFC 9162 hashing),
// as published with the reference implementations: a tree that matches them can be checked by
// any other tool.
const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CT_CONSISTENCY = [
  {
    from: 1,
    to: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    from: 6,
    to: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    from: 2,
    to: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Buffer.from(s, 'hex');

function leavesOf(data: Uint8Array[]): LeafHashes {
  const leaves = new LeafHashes();
  for (const d of data) leaves.push(leafHash(d));
  return leaves;
}

describe('the Merkle tree of the audit log (RFC 9162)', () => {
  const ct = leavesOf(CT_LEAVES.map(unhex));
  // Enough leaves to grow the contiguous store and cover every shape of the split.
  const many = leavesOf(Array.from({ length: 1100 }, (_, i) => Buffer.from(`entry ${i}`)));

  it('matches the reference tree heads, whole and built leaf by leaf', () => {
    expect(hex(EMPTY_ROOT)).toBe(CT_ROOTS[0]);
    const frontier = new MerkleFrontier();
    for (let n = 0; n <= CT_LEAVES.length; n++) {
      expect(hex(subtreeRoot(ct, 0, n)), `size ${n}`).toBe(CT_ROOTS[n]);
      expect(hex(frontier.root()), `frontier at size ${n}`).toBe(CT_ROOTS[n]);
      if (n < CT_LEAVES.length) frontier.append(ct.at(n));
    }
  });

  it('resumes from a stored frontier exactly where it stopped', () => {
    const frontier = new MerkleFrontier();
    for (let i = 0; i < 1100; i++) {
      frontier.append(many.at(i));
      if (i === 700) {
        const resumed = MerkleFrontier.deserialize(frontier.size, frontier.serialize());
        for (let j = 701; j < 1100; j++) resumed.append(many.at(j));
        expect(resumed.root().equals(subtreeRoot(many, 0, 1100))).toBe(true);
      }
    }
    expect(frontier.root().equals(subtreeRoot(many, 0, 1100))).toBe(true);
    expect(() => MerkleFrontier.deserialize(7, Buffer.alloc(64))).toThrow(RangeError);
  });

  it('gives the reference consistency proofs', () => {
    for (const v of CT_CONSISTENCY) {
      expect(consistencyProof(ct, v.from, v.to).map(hex)).toEqual(v.proof);
      const ok = verifyConsistency(v.from, v.to, unhex(CT_ROOTS[v.from]!), unhex(CT_ROOTS[v.to]!), v.proof.map(unhex));
      expect(ok).toBe(true);
    }
  });

  it('proves every prefix consistent with every longer tree, and rejects altered proofs', () => {
    const roots = Array.from({ length: 66 }, (_, n) => subtreeRoot(many, 0, n));
    for (let to = 0; to <= 65; to++) {
      for (let from = 0; from <= to; from++) {
        const proof = consistencyProof(many, from, to);
        expect(verifyConsistency(from, to, roots[from]!, roots[to]!, proof), `${from} → ${to}`).toBe(true);
        if (from === 0 || from === to) continue;
        const flipped = proof.map((p) => Buffer.from(p));
        flipped[0]![5]! ^= 1;
        expect(verifyConsistency(from, to, roots[from]!, roots[to]!, flipped)).toBe(false);
        expect(verifyConsistency(from, to, roots[from]!, roots[to]!, proof.slice(0, -1))).toBe(false);
        expect(verifyConsistency(from, to, roots[from]!, roots[to]!, [...proof, Buffer.alloc(32)])).toBe(false);
        // A prefix of another history (one different leaf) is not consistent with this one.
        const other = new LeafHashes();
        for (let i = 0; i < from; i++) other.push(i === from - 1 ? leafHash(Buffer.from('forged')) : many.at(i));
        expect(verifyConsistency(from, to, subtreeRoot(other, 0, from), roots[to]!, proof)).toBe(false);
      }
    }
  });
});

describe('signed checkpoints', () => {
  it('are signed with a key derived from the data key, and survive the JSON export', () => {
    const dataKey = randomBytes(32);
    const signer = new AuditSigner(dataKey);
    expect(new AuditSigner(dataKey).publicKey.equals(signer.publicKey)).toBe(true);
    const cp = signCheckpoint(signer, {
      treeSize: 8,
      rootHash: unhex(CT_ROOTS[8]!),
      chainHash: randomBytes(32),
      signedAt: '2025-10-09T10:00:00.000Z',
    });
    const back = checkpointFromJson(JSON.parse(JSON.stringify(checkpointToJson(cp))));
    expect(checkpointSignedBy(back, signer.publicKey)).toBe(true);

    const otherInstallation = new AuditSigner(randomBytes(32));
    expect(checkpointSignedBy(back, otherInstallation.publicKey)).toBe(false);
    expect(checkpointSignedBy({ ...back, treeSize: 9 }, signer.publicKey)).toBe(false);
    expect(checkpointSignedBy({ ...back, signedAt: '2025-10-09T10:00:01.000Z' }, signer.publicKey)).toBe(false);
    // A forger's own key in the file does not make the checkpoint ours.
    const forged = signCheckpoint(otherInstallation, { ...back });
    expect(checkpointSignedBy(forged, signer.publicKey)).toBe(false);
  });

  it('refuses a malformed export, naming the field', () => {
    const json = checkpointToJson(
      signCheckpoint(new AuditSigner(randomBytes(32)), {
        treeSize: 1,
        rootHash: randomBytes(32),
        chainHash: randomBytes(32),
        signedAt: '2025-10-09T10:00:00.000Z',
      }),
    );
    expect(() => checkpointFromJson({ ...json, rootHash: 'abc' })).toThrow(/rootHash/);
    expect(() => checkpointFromJson({ ...json, treeSize: -1 })).toThrow(/treeSize/);
    expect(() => checkpointFromJson({ ...json, extra: true })).toThrow();
  });
});
