package io.oeml.gateway.auth.apikey.service;

import io.oeml.errors.DomainException;

/** No API key with this id that the caller may see (another owner's key is answered the same, so ids leak nothing). */
public class NoSuchApiKeyException extends DomainException {

    public NoSuchApiKeyException(String keyId) {
        super(Kind.NOT_FOUND, "no API key " + keyId);
    }
}
