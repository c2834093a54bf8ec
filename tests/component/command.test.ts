import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import CommandBlock from '../../src/components/common/CommandBlock.svelte';
import { commands } from '../../src/data/commands';

afterEach(cleanup);

const ncCommand = commands.find((c) => c.id === 'nc-port-25');

describe('a command with a pasted host', () => {
	it('shows a hostile host beside the command as text, never inside it', () => {
		if (!ncCommand) throw new Error('no nc command');
		const { container } = render(CommandBlock, {
			props: { command: ncCommand, values: { host: 'x; rm -rf ~' } }
		});
		expect(container.querySelector('pre')?.textContent).toBe('nc -vz <smart-host> 25');
		expect(container.querySelector('.held-back q')?.textContent).toBe('x; rm -rf ~');
	});

	it('fills a valid host in', () => {
		if (!ncCommand) throw new Error('no nc command');
		const { container } = render(CommandBlock, {
			props: { command: ncCommand, values: { host: 'mail.contoso.com' } }
		});
		expect(container.querySelector('pre')?.textContent).toBe('nc -vz mail.contoso.com 25');
		expect(container.querySelector('.held-back')).toBeNull();
	});
});
