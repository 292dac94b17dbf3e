/**
 * The part of node-forge this project uses (the package ships no types and @types/node-forge is not a
 * dependency): RSA keys, X.509 certificates, PKCS#12 and raw ASN.1.
 */
declare module 'node-forge' {
  namespace forge {
    interface Asn1 {
      tagClass: number;
      type: number;
      constructed: boolean;
      value: Asn1[] | string;
    }
    interface ByteBuffer {
      getBytes(): string;
    }
    interface MessageDigest {
      update(bytes: string): MessageDigest;
    }
    interface KeyPair {
      privateKey: PrivateKey;
      publicKey: PublicKey;
    }
    type PrivateKey = { readonly __private: unique symbol };
    type PublicKey = { readonly __public: unique symbol };
    interface NameAttribute {
      name?: string;
      shortName?: string;
      value: string;
      valueTagClass?: number;
    }
    interface Certificate {
      publicKey: PublicKey;
      serialNumber: string;
      validity: { notBefore: Date; notAfter: Date };
      setSubject(attributes: NameAttribute[]): void;
      setIssuer(attributes: NameAttribute[]): void;
      setExtensions(extensions: Record<string, unknown>[]): void;
      sign(key: PrivateKey, md: MessageDigest): void;
    }
    interface Bag {
      key?: PrivateKey;
      cert?: Certificate;
    }
    interface Pkcs12 {
      getBags(filter: { bagType: string }): Record<string, Bag[] | undefined>;
    }
    const pki: {
      rsa: { generateKeyPair(options: { bits: number; e?: number }): KeyPair };
      createCertificate(): Certificate;
      certificateToPem(certificate: Certificate): string;
      certificateFromPem(pem: string): Certificate;
      oids: Record<string, string>;
    };
    const md: { sha256: { create(): MessageDigest } };
    const asn1: {
      Class: { UNIVERSAL: number; CONTEXT_SPECIFIC: number };
      Type: { SET: number; SEQUENCE: number; OCTETSTRING: number; OID: number; UTCTIME: number };
      fromDer(bytes: string, options?: { strict?: boolean; parseAllBytes?: boolean }): Asn1;
      toDer(node: Asn1): ByteBuffer;
      derToOid(bytes: string): string;
      utcTimeToDate(text: string): Date;
      generalizedTimeToDate(text: string): Date;
    };
    const pkcs12: {
      toPkcs12Asn1(
        key: PrivateKey,
        chain: Certificate[],
        password: string,
        options?: { algorithm?: '3des' | 'aes128' | 'aes256' },
      ): Asn1;
      pkcs12FromAsn1(node: Asn1, strict: boolean, password: string): Pkcs12;
    };
  }
  export default forge;
}
