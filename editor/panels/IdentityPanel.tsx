import { npmNameField, versionField } from '../../theme-runtime/model/fields.ts';
import { themeSchema } from '../../theme-runtime/model/schema.ts';
import { withIdentity } from '../../theme-runtime/model/edit.ts';
import { defaultPackageOptions } from '../export/package-files.ts';
import { useEditor } from '../store/editor-store.ts';
import { TextField } from './fields.tsx';

const problem = (result: { error?: { issues: { message: string }[] } | undefined }) => result.error?.issues[0]?.message;
const nameField = themeSchema.shape.name;
const descriptionField = themeSchema.shape.description;

/**
 * What the theme is called and how it ships: its name (file names, the package's README,
 * the page title), a description (the package's), and the npm name and version of the
 * exported package. Empty package fields follow the name.
 */
export function IdentityPanel() {
  const name = useEditor((s) => s.theme.name);
  const description = useEditor((s) => s.theme.description ?? '');
  const own = useEditor((s) => s.theme.package);
  const update = useEditor((s) => s.update);
  const derived = defaultPackageOptions({ name } as Parameters<typeof defaultPackageOptions>[0]);
  return (
    <section className="panel-section" aria-labelledby="identity-heading">
      <h2 className="panel-heading" id="identity-heading">
        Theme
      </h2>
      <div className="field-stack">
        <TextField label="Name" value={name} path="/name" validate={(v) => problem(nameField.safeParse(v))} onChange={(v) => update((t) => withIdentity(t, { name: v.trim() }))} />
        <TextField
          label="Description"
          value={description}
          multiline
          path="/description"
          placeholder="What the theme is for, shown in the package's README"
          validate={(v) => problem(descriptionField.safeParse(v))}
          onChange={(v) => update((t) => withIdentity(t, { description: v.trim() }))}
        />
        <TextField
          label="Package name"
          value={own?.name ?? ''}
          placeholder={derived.name}
          path="/package/name"
          hint="The npm name of the exported package; empty: from the theme's name"
          validate={(v) => (v === '' ? undefined : problem(npmNameField.safeParse(v.trim())))}
          onChange={(v) => update((t) => withIdentity(t, { packageName: v.trim() }))}
        />
        <TextField
          label="Version"
          value={own?.version ?? ''}
          placeholder="1.0.0"
          path="/package/version"
          validate={(v) => (v === '' ? undefined : problem(versionField.safeParse(v.trim())))}
          onChange={(v) => update((t) => withIdentity(t, { packageVersion: v.trim() }))}
        />
      </div>
    </section>
  );
}
