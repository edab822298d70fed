package org.homeward.evidence;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.homeward.evidence.EvidenceRefusedException.Reason;

/**
 * Which addresses the server may fetch for a capture. Sources are public pages; an
 * address of the server's own networks (loopback, private ranges, link-local such as
 * cloud metadata services, IPv6 unique-local) is refused, so a capture cannot be used to
 * read the organisation's internal services.
 */
final class CaptureTargets {

	private CaptureTargets() {
	}

	/**
	 * Checks every address the URL's host resolves to.
	 * @param url the URL
	 * @param allowPrivate true to allow private addresses (tests, an internal archive)
	 * @throws EvidenceRefusedException when the host is unknown or private
	 */
	static void check(URI url, boolean allowPrivate) {
		String host = url.getHost();
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new EvidenceRefusedException(Reason.UNREACHABLE, url + " could not be fetched: unknown host " + host);
		}
		if (allowPrivate) {
			return;
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				throw new EvidenceRefusedException(Reason.PRIVATE_ADDRESS, url + " resolves to "
						+ address.getHostAddress() + ", an address of the server's own network; it is not captured");
			}
		}
	}

	private static boolean isPrivate(InetAddress address) {
		return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()
				|| (address instanceof Inet6Address && (address.getAddress()[0] & 0xFE) == 0xFC);
	}

}
